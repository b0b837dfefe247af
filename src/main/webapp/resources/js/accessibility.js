// Repairs what PrimeFaces renders in a way screen readers misread, on the first render and on every
// Ajax update (a MutationObserver sees both):
// - a file upload's own <input type="file"> is the control that takes the focus, yet PrimeFaces
//   marks it aria-hidden, and with a skinned button its label names the wrapper, not the input;
// - a select menu's combobox is named after its chosen option (nothing when it has none), not
//   after the label the page gives it;
// - a messages box lists its messages as items with role="alert", which unmakes the list: the
//   list is dropped from what screen readers see, the alerts stay (they are what reads them out).
(function () {
  function repair(root) {
    if (!root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
      var wrapper = input.closest('.ui-fileupload-simple');
      if (wrapper && input.labels.length === 0) {
        labelBy(input, wrapper.id);
      }
    });
    root.querySelectorAll('.ui-selectonemenu-label[role="combobox"]').forEach(function (box) {
      labelBy(box, box.id);
    });
    root.querySelectorAll('.ui-messages ul:not([role])').forEach(function (list) {
      if (list.querySelector(':scope > li[role="alert"]')) {
        list.setAttribute('role', 'none');
      }
    });
  }
  // names the control by the page's label for the given id, if there is one
  function labelBy(control, forId) {
    var label = forId && document.querySelector('label[for="' + CSS.escape(forId) + '"]');
    if (label) {
      label.id = label.id || forId + '_name';
      control.setAttribute('aria-labelledby', label.id);
    }
  }
  function start() {
    repair(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            repair(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
