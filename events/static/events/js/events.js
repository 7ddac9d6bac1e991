/* Copy-the-address buttons next to calendar feed addresses. Without JavaScript the field stays selectable. */
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) { return; }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute("data-copied-text");
        window.setTimeout(function () { button.textContent = label; }, 2500);
      }, function () { field.select(); });
    });
  });
}());
