// Adds "Copy link" buttons: beside each section heading's anchor link, and beside each field marked
// data-copy (the "Link to this page" panel). Without JavaScript nothing is added: the anchor links still
// lead to their sections and the fields can be selected and copied by hand.
(function () {
  'use strict';

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
    var copyButton = button('Copy link', heading ? ' to the section ' + heading.textContent : '');
    copyButton.addEventListener('click', function () {
      copy(anchor.href, function () {
        announce('Link to the section copied.');
      }, function () {
        window.location.hash = anchor.hash;
        announce('Copy the address of this section from the address bar.');
      });
    });
    anchor.after(copyButton);
  });

  document.querySelectorAll('[data-copy]').forEach(function (field) {
    var label = document.querySelector('label[for="' + field.id + '"]');
    var copyButton = button('Copy', label ? ' ' + label.textContent : '');
    copyButton.addEventListener('click', function () {
      copy(field.value, function () {
        announce('Copied.');
      }, function () {
        field.focus();
        field.select();
        announce('Selected. Press Control+C, or Command+C on a Mac, to copy.');
      });
    });
    field.after(copyButton);
  });
}());
