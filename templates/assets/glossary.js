// Definitions of medical terms in articles. The stylesheet alone shows a term's definition while the term is
// pointed at or has keyboard focus; this script adds what CSS cannot: Escape hides the definition (WCAG 1.4.13,
// content on hover or focus must be dismissible), and a definition that would run off the edge of a narrow
// screen is moved back into view.
(function () {
  'use strict';

  var Margin = 8;
  var terms = document.querySelectorAll('.glossary');

  function tipOf(term) {
    return term.querySelector('.glossary-tip');
  }

  function place(term) {
    var tip = tipOf(term);
    tip.style.removeProperty('--glossary-shift');
    window.requestAnimationFrame(function () {
      var box = tip.getBoundingClientRect();
      var overflow = box.right - (document.documentElement.clientWidth - Margin);
      var shift = overflow > 0 ? Math.max(-overflow, Margin - box.left) : 0;
      if (shift !== 0) {
        tip.style.setProperty('--glossary-shift', shift + 'px');
      }
    });
  }

  function show(term) {
    term.classList.remove('glossary-dismissed');
    place(term);
  }

  terms.forEach(function (term) {
    term.addEventListener('mouseenter', function () { show(term); });
    term.addEventListener('focusin', function () { show(term); });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    terms.forEach(function (term) {
      if (term.matches(':hover, :focus-within') && !term.classList.contains('glossary-dismissed')) {
        term.classList.add('glossary-dismissed');
        event.preventDefault();
      }
    });
  });
}());
