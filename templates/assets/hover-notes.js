// Notes shown on hover or focus (glossary definitions, evidence levels): CSS shows them; this adds what CSS
// cannot: Escape hides one (WCAG 1.4.13) until its holder is next entered, and a note is kept inside the screen.
(function () {
  'use strict';

  var Margin = 8;
  var holders = document.querySelectorAll('.glossary, .evidence-level-holder');

  function place(note) {
    note.style.removeProperty('--note-shift');
    window.requestAnimationFrame(function () {
      var box = note.getBoundingClientRect();
      var overflow = box.right - (document.documentElement.clientWidth - Margin);
      var shift = overflow > 0 ? Math.max(-overflow, Margin - box.left) : 0;
      if (shift !== 0) {
        note.style.setProperty('--note-shift', shift + 'px');
      }
    });
  }

  function show(holder) {
    holder.classList.remove('note-dismissed');
    place(holder.querySelector('.glossary-tip, .evidence-level-note'));
  }

  holders.forEach(function (holder) {
    holder.addEventListener('mouseenter', function () { show(holder); });
    holder.addEventListener('focusin', function () { show(holder); });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    holders.forEach(function (holder) {
      if (holder.matches(':hover, :focus-within') && !holder.classList.contains('note-dismissed')) {
        holder.classList.add('note-dismissed');
        event.preventDefault();
      }
    });
  });
}());
