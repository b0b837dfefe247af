/* Opens a cell of the training-gap matrix: one listener and one server command for every cell. */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('#heatmap .cpd-cell-link') : null;
  if (!button) {
    return;
  }
  var row = button.closest('tr[data-staff]');
  openGapCell([
    {name: 'staffId', value: row.getAttribute('data-staff')},
    {name: 'competenceId', value: button.getAttribute('data-competence')}
  ]);
});
