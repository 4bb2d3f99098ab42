// Review page: choose a sentence or a span for a new claim or note. Offsets are Unicode code points
// (API.md), so lengths are counted with Array.from, not String.length (UTF-16 units).
(function () {
  'use strict';

  function cpLength(text) {
    return Array.from(text).length;
  }

  // Code-point offset of (node, offset) inside a sentence element, counted from the sentence's start.
  function offsetWithin(sentence, node, offset) {
    var walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    var count = 0;
    var current;
    while ((current = walker.nextNode())) {
      if (current === node) {
        return count + cpLength(current.data.slice(0, offset));
      }
      count += cpLength(current.data);
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      // a boundary given as (element, child index): count the text before that child
      var range = document.createRange();
      range.selectNodeContents(sentence);
      range.setEnd(node, offset);
      return cpLength(range.toString());
    }
    return count;
  }

  // Code-point offset of (node, offset) in the article text.
  function textOffset(sentence, node, offset) {
    return parseInt(sentence.dataset.start, 10) + offsetWithin(sentence, node, offset);
  }

  function sentenceOf(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest('.sentence') : null;
  }

  function sentences() {
    return document.querySelectorAll('#article-text .sentence');
  }

  // The number pages show for a sentence (1 is the first).
  function numberOf(sentence) {
    return Array.prototype.indexOf.call(sentences(), sentence) + 1;
  }

  // Marks the chosen sentence: only one at a time.
  function pressSentence(sentence) {
    document.querySelectorAll('#article-text .sentence[aria-pressed="true"]').forEach(function (s) {
      s.setAttribute('aria-pressed', 'false');
      s.classList.remove('selected');
    });
    sentence.setAttribute('aria-pressed', 'true');
    sentence.classList.add('selected');
  }

  function init() {
    // the article text is swapped when others change it (see below): look it up, and listen on the document
    var claimForm = document.getElementById('claim-form');
    if (!document.getElementById('article-text') || !claimForm) {
      return;
    }
    var noteForm = document.getElementById('note-form');
    var preview = document.getElementById('quote-preview');
    var select = document.getElementById('claim-sentence');

    // The quote goes along so that a text corrected meanwhile gets "select again" instead of a claim on other words.
    function setFields(form, sentenceId, start, end, quote) {
      if (!form) {
        return;
      }
      form.elements.start.value = start === null ? '' : String(start);
      form.elements.end.value = end === null ? '' : String(end);
      form.elements.quote.value = quote === null ? '' : quote;
      form.elements.sentenceId.value = sentenceId;
    }

    // remembered on #review, so the choice survives the text being swapped by a live refresh (markChosen)
    function markSelected(sentence) {
      document.getElementById('review').dataset.selected = sentence.dataset.id;
      pressSentence(sentence);
    }

    // The sentence toolbar (editors) and the orphans' re-attach forms act on what was last clicked or selected.
    function fillToolbar(sentence, at) {
      var number = document.getElementById('seg-sentence');
      if (!number) {
        return;
      }
      number.value = String(numberOf(sentence));
      document.getElementById('seg-at').value = at === null ? '' : String(at);
    }

    function fillReattach(start, end, quote) {
      document.querySelectorAll('form.reattach-form').forEach(function (form) {
        form.elements.start.value = String(start);
        form.elements.end.value = String(end);
        form.elements.quote.value = quote;
      });
    }

    // offsets typed by hand are no longer the selection the quote came from
    document.addEventListener('input', function (event) {
      var form = event.target.form;
      if (form && form.classList.contains('reattach-form') && event.target.type === 'number') {
        form.elements.quote.value = '';
      }
    });

    function chooseSentence(sentence) {
      markSelected(sentence);
      setFields(claimForm, sentence.dataset.id, null, null, null);
      setFields(noteForm, sentence.dataset.id, null, null, null);
      preview.textContent = sentence.textContent;
      showInForm(sentence);
    }

    // Short articles list their sentences in the form; long ones ask for the sentence's number.
    var numbered = select.tagName === 'INPUT';

    function showInForm(sentence) {
      select.value = numbered ? String(numberOf(sentence)) : sentence.dataset.id;
    }

    function chooseSpan(sentence, start, end, quote) {
      markSelected(sentence);
      setFields(claimForm, sentence.dataset.id, start, end, quote);
      setFields(noteForm, sentence.dataset.id, start, end, quote);
      preview.textContent = quote;
      showInForm(sentence);
    }

    // The selection as a span of one sentence: true when it was one (and is now chosen), false when the selection
    // is elsewhere or collapsed. A selection that runs on into the space or the very start of the next sentence
    // (a drag to the end of a line often does) ends with its sentence.
    function chooseSelection() {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount !== 1) {
        return false;
      }
      var range = selection.getRangeAt(0);
      var text = document.getElementById('article-text');
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
        return false;
      }
      var first = sentenceOf(range.startContainer);
      var last = sentenceOf(range.endContainer);
      var start = first ? textOffset(first, range.startContainer, range.startOffset) : 0;
      var end = null;
      if (first && first === last) {
        end = textOffset(first, range.endContainer, range.endOffset);
      } else if (first) {
        var rest = document.createRange();
        rest.setStartAfter(first);
        rest.setEnd(range.endContainer, range.endOffset);
        if (rest.toString().trim() === '') {
          end = parseInt(first.dataset.end, 10);
        }
      }
      if (end !== null && end > start) {
        var quote = document.createRange();
        quote.setStart(range.startContainer, range.startOffset);
        if (first === last) {
          quote.setEnd(range.endContainer, range.endOffset);
        } else {
          quote.setEndAfter(first.lastChild);
        }
        var quoted = quote.toString();
        chooseSpan(first, start, end, quoted);
        fillToolbar(first, start);
        fillReattach(start, end, quoted);
      } else {
        preview.textContent = document.getElementById('selection-hint').dataset.oneSentence;
      }
      return true;
    }

    // In one column (phones, tablets) the claim form is below the whole text: a tapped sentence brings it into view.
    var oneColumn = window.matchMedia('(max-width: 900px)');
    function showComposer() {
      var compose = document.getElementById('compose');
      if (oneColumn.matches && compose) {
        compose.scrollIntoView({block: 'start'});
      }
    }

    // A mouse selection inside one sentence becomes a span; a plain click selects the whole sentence.
    document.addEventListener('mouseup', function (event) {
      if (!event.target.closest || !event.target.closest('#article-text')) {
        return;
      }
      if (chooseSelection()) {
        return;
      }
      // a click on a highlighted claim opens it in the panel
      var mark = event.target.closest('mark.claim');
      if (mark) {
        window.location.assign('?claim=' + encodeURIComponent(mark.dataset.claim) + '#claim-panel');
        return;
      }
      var sentence = event.target.closest('.sentence');
      if (sentence) {
        chooseSentence(sentence);
        showComposer();
        // a click leaves a caret: the toolbar would split there
        var selection = window.getSelection();
        var caret = selection && selection.rangeCount === 1 ? selection.getRangeAt(0) : null;
        var at = caret && sentenceOf(caret.startContainer) === sentence
          ? textOffset(sentence, caret.startContainer, caret.startOffset)
          : null;
        fillToolbar(sentence, at);
      }
    });

    // Selections made without a mouse (keyboard with caret browsing, touch, assistive technology) count too.
    var settling = null;
    document.addEventListener('selectionchange', function () {
      window.clearTimeout(settling);
      settling = window.setTimeout(chooseSelection, 150);
    });

    document.addEventListener('keydown', function (event) {
      var sentence = event.target.closest && event.target.closest('#article-text .sentence');
      if (sentence && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        chooseSentence(sentence);
        fillToolbar(sentence, null);
        document.getElementById('claim-text').focus();
      }
    });

    // Choosing a sentence from the list (or by its number) also resets any span.
    select.addEventListener('change', function () {
      var sentence = numbered ? sentences()[parseInt(select.value, 10) - 1]
        : document.getElementById('s-' + select.value);
      if (sentence) {
        chooseSentence(sentence);
      } else if (numbered) {
        claimForm.elements.sentenceId.value = ''; // the server says what is wrong with the number
      }
    });
  }

  // The article text is rendered once for every reader (article/ReviewFragments); which sentence is chosen and
  // which claim is open are this reader's own, carried by #review and marked here.
  function markChosen() {
    var review = document.getElementById('review');
    if (!review) {
      return;
    }
    var sentence = review.dataset.selected && document.getElementById('s-' + review.dataset.selected);
    if (sentence) {
      pressSentence(sentence);
    }
    if (review.dataset.focus) {
      document.querySelectorAll('#article-text mark.claim').forEach(function (mark) {
        mark.classList.toggle('focused', mark.dataset.claim === review.dataset.focus);
      });
    }
  }

  function start() {
    markChosen();
    init();
    document.addEventListener('factcheck:refreshed', markChosen);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// Review page, live: other people's changes arrive as server-sent events (API.md: events); the changed parts
// of the page are fetched again and swapped in place, without a reload and without touching what you type.
(function () {
  'use strict';

  var LIVE_PARTS = ['article-text', 'counters', 'claim-list-card', 'note-list-card', 'claim-panel', 'orphans-box',
    'seg-toolbar', 'suggestions'];

  function init() {
    var review = document.getElementById('review');
    if (!review || !window.EventSource) {
      return;
    }
    var articleId = review.dataset.articleId;
    var pending = null;
    var source = new EventSource('/api/articles/' + encodeURIComponent(articleId) + '/events');

    function refresh() {
      pending = null;
      fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (!html) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html');
          LIVE_PARTS.forEach(function (id) {
            var current = document.getElementById(id);
            var next = fresh.getElementById(id);
            var active = current && current.contains(document.activeElement) ? document.activeElement : null;
            if (!current || !next || (active && active.matches('input, textarea, select, [contenteditable]'))) {
              return; // never replace what someone is typing in
            }
            current.replaceWith(next);
            // a focused sentence or button keeps the focus: a keyboard user keeps their place
            var again = active && active.id && document.getElementById(active.id);
            if (again) {
              again.focus({preventScroll: true});
            }
          });
          document.dispatchEvent(new CustomEvent('factcheck:refreshed'));
        });
    }

    function changed(event) {
      var data = JSON.parse(event.data);
      var note = document.getElementById('live-note');
      // the page carries the event names in the interface language (data-claim-created...)
      note.textContent = data.by + ': ' + (note.getAttribute('data-' + event.type.replace('.', '-'))
        || event.type.replace('.', ' '));
      note.hidden = false;
      if (!pending) {
        pending = window.setTimeout(refresh, 250);
      }
    }

    ['claim.created', 'claim.updated', 'claim.approved', 'claim.rejected', 'evidence.added', 'evidence.removed',
      'annotation.created', 'article.updated', 'article.revised', 'sentences.changed', 'annotation.updated',
      'annotation.deleted', 'suggestion.accepted', 'suggestion.dismissed'].forEach(function (type) {
      source.addEventListener(type, changed);
    });

    source.addEventListener('presence', function (event) {
      var me = document.body.dataset.username;
      var others = JSON.parse(event.data).users.filter(function (u) { return u.username !== me; });
      var box = document.getElementById('presence');
      document.getElementById('presence-names').textContent =
        others.map(function (u) { return u.displayName; }).join(', ');
      box.hidden = others.length === 0;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

// Top bar on narrow screens (app.css, below 50rem): the menu button folds the links, the search box and the account
// away, and opens them again. Escape folds them and gives focus back to the button.
(function () {
  'use strict';

  function init() {
    var bar = document.querySelector('.topbar');
    var button = document.getElementById('menu-button');
    if (!bar || !button) {
      return;
    }
    function setOpen(open) {
      button.setAttribute('aria-expanded', String(open));
      bar.classList.toggle('menu-open', open);
    }
    button.addEventListener('click', function () {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    bar.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
        setOpen(false);
        button.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
