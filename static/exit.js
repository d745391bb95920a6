// Quick exit: leave for a neutral site without leaving this page in the back history.
(function () {
  "use strict";
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) { return; }
    if (event) { event.preventDefault(); }
    document.body.hidden = true;
    try {
      // Inside a partner's page, leave the whole page, not just the frame.
      (link.target === "_top" ? window.top : window).location.replace(link.href);
    } catch (blocked) {
      window.location.replace(link.href);
    }
  }
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "quick-exit") { leave(event); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { leave(event); }
  });
})();
