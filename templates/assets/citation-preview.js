// Shows a preview of a cited source (title, year, study design, key finding) when a citation number is
// hovered or focused, taken from the article's reference list entry the number links to. The preview stays
// while the pointer is over it, and Escape hides it (WCAG 1.4.13). Without JavaScript the number is a plain
// link to the reference list, which holds the same information.
(function () {
  'use strict';

  var links = document.querySelectorAll('a.citation-link');
  if (links.length === 0) {
    return;
  }

  // The words this script shows, in English; a page in another language gives its own (templates/layout.html).
  var words = {
    inTheList: 'Reference {number} in the list below'
  };
  var pageWords = document.getElementById('citation-preview-words');
  if (pageWords) {
    Object.assign(words, JSON.parse(pageWords.textContent));
  }

  var preview = document.createElement('div');
  preview.id = 'citation-preview';
  preview.className = 'citation-preview';
  preview.setAttribute('role', 'tooltip');
  preview.hidden = true;
  // Inside main, so all content stays within a landmark.
  (document.querySelector('main') || document.body).appendChild(preview);

  var current = null;
  var hideTimer = 0;

  function line(className, text, lang) {
    var element = document.createElement('p');
    element.className = className;
    element.textContent = text;
    if (lang) {
      element.lang = lang;
    }
    return element;
  }

  function fill(entry, link) {
    preview.textContent = '';
    var data = entry.dataset;
    // The source's title is in the language of its citation, which a page in another language marks (lang="en"); its
    // design and finding are in the page's language where the source is translated, else marked as the entry says. So
    // screen readers read each in its language; the hint is in the page's.
    var citation = entry.querySelector('.reference-citation');
    var lang = citation ? citation.lang : '';
    preview.appendChild(line('citation-preview-title', data.previewTitle + (data.previewYear ? ' (' + data.previewYear + ')' : ''), lang));
    if (data.previewDesign) {
      preview.appendChild(line('citation-preview-design', data.previewDesign, data.previewDesignLang));
    }
    if (data.previewFinding) {
      preview.appendChild(line('citation-preview-finding', data.previewFinding, data.previewFindingLang));
    }
    preview.appendChild(line('citation-preview-hint', words.inTheList.replace('{number}', link.textContent)));
  }

  function show(link) {
    var entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!entry) {
      return;
    }
    window.clearTimeout(hideTimer);
    if (current && current !== link) {
      current.removeAttribute('aria-describedby');
    }
    current = link;
    fill(entry, link);
    preview.hidden = false;
    var box = link.getBoundingClientRect();
    var parent = preview.offsetParent;
    var origin = !parent || parent === document.body ? { left: -window.scrollX, top: -window.scrollY } : parent.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - preview.offsetWidth - 8));
    preview.style.left = (left - origin.left) + 'px';
    preview.style.top = (box.bottom + 6 - origin.top) + 'px';
    link.setAttribute('aria-describedby', preview.id);
  }

  function hide() {
    window.clearTimeout(hideTimer);
    preview.hidden = true;
    if (current) {
      current.removeAttribute('aria-describedby');
      current = null;
    }
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(function () {
      if (!current || document.activeElement !== current) {
        hide();
      }
    }, 200);
  }

  links.forEach(function (link) {
    link.addEventListener('mouseenter', function () { show(link); });
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', function () { show(link); });
    link.addEventListener('blur', hide);
  });
  preview.addEventListener('mouseenter', function () { window.clearTimeout(hideTimer); });
  preview.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !preview.hidden) {
      hide();
    }
  });
}());
