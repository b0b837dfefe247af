// Options for the training calendar's p:schedule, named in its extender attribute:
// Monday first, 24-hour times, timed sessions drawn as blocks in the month view.
window.cpdCalendarExtender = function () {
  var options = this.cfg.options;
  options.firstDay = 1;
  options.eventDisplay = "block";
  options.eventTimeFormat = { hour: "2-digit", minute: "2-digit", hour12: false };
  options.slotLabelFormat = { hour: "2-digit", minute: "2-digit", hour12: false };
  options.dayHeaderFormat = undefined;
  options.views = options.views || {};
  options.views.timeGridWeek = { dayHeaderFormat: { weekday: "short", day: "2-digit", month: "2-digit" } };
  options.buttonText = Object.assign({}, options.buttonText, { month: "Month", week: "Week", list: "List", today: "Today" });
  options.allDayText = "All day";
  options.nowIndicator = true;
};
