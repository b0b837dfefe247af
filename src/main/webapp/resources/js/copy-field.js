/* Copies a read-only field's text (a feed address) and says so where a screen reader hears it. */
window.SendCpd = window.SendCpd || {};
SendCpd.copyField = function (fieldId, statusId) {
  var field = document.getElementById(fieldId);
  var status = document.getElementById(statusId);
  function copied() {
    status.textContent = 'Copied';
  }
  function byCommand() {
    field.select();
    if (document.execCommand('copy')) {
      copied();
    } else {
      status.textContent = 'Select the address and copy it';
    }
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(copied, byCommand);
  } else {
    byCommand();
  }
};
