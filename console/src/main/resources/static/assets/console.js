/*
 * What every page of the console does in the browser besides htmx, with no inline script (the
 * Content-Security-Policy allows scripts from the console's own files only):
 * - a problem shown in #problem has a Dismiss button that clears it, and the next successful htmx request clears it;
 * - an element marked data-poll-pauses-on-focus (the team board) skips its own poll while a form inside it has
 *   focus, so a choice being made is not re-rendered under the person's hand.
 */
(function () {
  'use strict';

  function problemArea() {
    return document.getElementById('problem');
  }

  function clearProblem() {
    var area = problemArea();
    if (area && area.firstChild) {
      area.replaceChildren();
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-dismiss-problem]');
    if (!button) {
      return;
    }
    var area = problemArea();
    if (area && area.contains(button)) {
      clearProblem();
    } else {
      var refusal = button.closest('.refusal');
      if (refusal) {
        refusal.remove();
      }
    }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var source = event.detail.elt;
    if (!source || !source.hasAttribute('data-poll-pauses-on-focus')) {
      return;
    }
    var focused = document.activeElement;
    if (focused && focused !== source && source.contains(focused) && focused.closest('form')) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var detail = event.detail;
    if (!detail.successful || !detail.xhr || detail.xhr.status >= 300) {
      return;
    }
    var verb = (detail.requestConfig && detail.requestConfig.verb) || 'get';
    if (verb.toLowerCase() === 'get' && detail.elt && detail.elt.hasAttribute('hx-trigger')
        && /every /.test(detail.elt.getAttribute('hx-trigger'))) {
      return;
    }
    clearProblem();
  });
}());
