// Lets a reader hide the note that explains an evidence level with Escape, without moving the pointer or focus
// (WCAG 1.4.13). Without JavaScript the note still appears on hover and focus and goes when they move away.
(function () {
  'use strict';

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    document.querySelectorAll('.evidence-level-holder:hover, .evidence-level-holder:focus-within').forEach(function (holder) {
      holder.classList.add('note-dismissed');
    });
  });

  document.querySelectorAll('.evidence-level-holder').forEach(function (holder) {
    function showAgain() {
      holder.classList.remove('note-dismissed');
    }
    holder.addEventListener('mouseleave', showAgain);
    holder.addEventListener('focusout', showAgain);
  });
})();
