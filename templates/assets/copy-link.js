// Adds "Copy link" buttons: beside each section heading's anchor link, and beside each field marked
// data-copy (the "Link to this page" panel). Without JavaScript nothing is added: the anchor links still
// lead to their sections and the fields can be selected and copied by hand.
(function () {
  'use strict';

  // The words this script shows, in English; a page in another language gives its own (templates/layout.html).
  var words = {
    copyLink: 'Copy link',
    toTheSection: 'to the section {section}',
    sectionCopied: 'Link to the section copied.',
    copyFromAddressBar: 'Copy the address of this section from the address bar.',
    copy: 'Copy',
    copied: 'Copied.',
    selected: 'Selected. Press Control+C, or Command+C on a Mac, to copy.'
  };
  var pageWords = document.getElementById('copy-link-words');
  if (pageWords) {
    Object.assign(words, JSON.parse(pageWords.textContent));
  }

  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);

  function announce(message) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function copy(text, done, fallback) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function button(label, hiddenLabel) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = 'copy-button';
    element.appendChild(document.createTextNode(label));
    if (hiddenLabel) {
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = hiddenLabel;
      element.appendChild(hidden);
    }
    return element;
  }

  document.querySelectorAll('a.heading-anchor').forEach(function (anchor) {
    var heading = anchor.previousElementSibling;
    // A function, so that a heading's own "$&" or "$1" is kept as it is written.
    var copyButton = button(words.copyLink, heading ? ' ' + words.toTheSection.replace('{section}', function () { return heading.textContent; }) : '');
    copyButton.addEventListener('click', function () {
      copy(anchor.href, function () {
        announce(words.sectionCopied);
      }, function () {
        window.location.hash = anchor.hash;
        announce(words.copyFromAddressBar);
      });
    });
    anchor.after(copyButton);
  });

  document.querySelectorAll('[data-copy]').forEach(function (field) {
    var label = document.querySelector('label[for="' + field.id + '"]');
    var copyButton = button(words.copy, label ? ' ' + label.textContent : '');
    copyButton.addEventListener('click', function () {
      copy(field.value, function () {
        announce(words.copied);
      }, function () {
        field.focus();
        field.select();
        announce(words.selected);
      });
    });
    field.after(copyButton);
  });
}());
