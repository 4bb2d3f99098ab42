// Suggested claims (docs/suggestions.md): marks the suggested sentences in the text with a label (CSS shows
// data-suggested, so the text's offsets stay untouched), and lets a key decide the chosen suggestion: "a" accepts,
// "d" dismisses, on a panel item or on a suggested sentence. The forms work without this script.
(function () {
  'use strict';

  function panel() {
    return document.getElementById('suggestions');
  }

  function mark() {
    var box = panel();
    var label = box ? box.getAttribute('data-mark-label') : '';
    document.querySelectorAll('.sentence[data-suggested]').forEach(function (s) {
      s.removeAttribute('data-suggested');
      s.removeAttribute('data-suggestion');
    });
    if (!box) {
      return;
    }
    box.querySelectorAll('li[data-suggestion]').forEach(function (item) {
      var sentence = document.getElementById('s-' + item.getAttribute('data-sentence'));
      if (sentence) {
        sentence.setAttribute('data-suggested', label);
        sentence.setAttribute('data-suggestion', item.getAttribute('data-suggestion'));
      }
    });
  }

  function decide(suggestionId, action) {
    var item = document.getElementById('suggestion-' + suggestionId);
    var button = item && item.querySelector('button[data-action="' + action + '"]');
    if (button) {
      button.form.requestSubmit ? button.form.requestSubmit(button) : button.click();
      return true;
    }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== 'a' && event.key !== 'd')) {
      return;
    }
    var target = event.target;
    if (!target || !target.closest || target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    var item = target.closest('li[data-suggestion]');
    var id = item ? item.getAttribute('data-suggestion')
      : target.closest('.sentence[data-suggestion]') && target.closest('.sentence').getAttribute('data-suggestion');
    if (id && decide(id, event.key === 'a' ? 'accept' : 'dismiss')) {
      event.preventDefault();
    }
  });

  // live updates replace the text and the panel (app.js): mark again
  document.addEventListener('factcheck:refreshed', mark);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mark);
  } else {
    mark();
  }
})();
