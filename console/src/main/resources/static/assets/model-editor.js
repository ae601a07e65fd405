/*
 * The scoring model's draft editor: a button next to an error the scoring service found ([data-line] in
 * #draft-errors) puts the cursor on that line of the YAML textarea and scrolls it into view. No inline script.
 */
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('#draft-errors [data-line]');
    if (!button) {
      return;
    }
    var textarea = document.getElementById('draft-yaml');
    var line = parseInt(button.dataset.line, 10);
    if (!textarea || !(line >= 1)) {
      return;
    }
    var lines = textarea.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length + 1;
    }
    var end = start + (lines[line - 1] || '').length;
    textarea.focus();
    textarea.setSelectionRange(start, end);
    var lineHeight = parseFloat(window.getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  });
}());
