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

  function sentenceOf(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest('.sentence') : null;
  }

  function init() {
    var text = document.getElementById('article-text');
    var claimForm = document.getElementById('claim-form');
    if (!text || !claimForm) {
      return;
    }
    var noteForm = document.getElementById('note-form');
    var preview = document.getElementById('quote-preview');
    var select = document.getElementById('claim-sentence');

    function setFields(form, sentenceId, start, end) {
      if (!form) {
        return;
      }
      form.elements.start.value = start === null ? '' : String(start);
      form.elements.end.value = end === null ? '' : String(end);
      form.elements.sentenceId.value = sentenceId;
    }

    function markSelected(sentence) {
      text.querySelectorAll('.sentence[aria-pressed="true"]').forEach(function (s) {
        s.setAttribute('aria-pressed', 'false');
        s.classList.remove('selected');
      });
      sentence.setAttribute('aria-pressed', 'true');
      sentence.classList.add('selected');
    }

    function chooseSentence(sentence) {
      markSelected(sentence);
      setFields(claimForm, sentence.dataset.id, null, null);
      setFields(noteForm, sentence.dataset.id, null, null);
      preview.textContent = sentence.textContent;
      select.value = sentence.dataset.id;
    }

    function chooseSpan(sentence, start, end, quote) {
      markSelected(sentence);
      setFields(claimForm, sentence.dataset.id, start, end);
      setFields(noteForm, sentence.dataset.id, start, end);
      preview.textContent = quote;
      select.value = sentence.dataset.id;
    }

    // A mouse selection inside one sentence becomes a span; a plain click selects the whole sentence.
    text.addEventListener('mouseup', function (event) {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed && selection.rangeCount === 1) {
        var range = selection.getRangeAt(0);
        var first = sentenceOf(range.startContainer);
        var last = sentenceOf(range.endContainer);
        if (first && first === last) {
          var base = parseInt(first.dataset.start, 10);
          var start = base + offsetWithin(first, range.startContainer, range.startOffset);
          var end = base + offsetWithin(first, range.endContainer, range.endOffset);
          if (end > start) {
            chooseSpan(first, start, end, range.toString());
            return;
          }
        }
        preview.textContent = 'A claim lies inside one sentence: select within a single sentence.';
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
      }
    });

    text.addEventListener('keydown', function (event) {
      var sentence = event.target.closest('.sentence');
      if (sentence && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        chooseSentence(sentence);
        document.getElementById('claim-text').focus();
      }
    });

    // Choosing a sentence from the list also resets any span.
    select.addEventListener('change', function () {
      var sentence = document.getElementById('s-' + select.value);
      if (sentence) {
        chooseSentence(sentence);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
