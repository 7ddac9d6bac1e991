/* Sets up django-recurrence widgets in the Wagtail editor: on load, and when a panel adds one later
   (replaces recurrence-widget.init.js, which only watches Django admin's #container). */
(function () {
  "use strict";
  if (typeof recurrence === "undefined" || !recurrence.widget) { return; }

  var lang = (document.documentElement.lang || "en").toLowerCase();
  recurrence.language_code = lang;
  // Day-of-month suffixes: 1:a, 2:a, 3:e in Swedish; 1., 2. in Norwegian.
  recurrence.display.ordinal_indicator.sv = function (day) {
    var last = day % 10;
    return (last === 1 || last === 2) && day !== 11 && day !== 12 ? ":a" : ":e";
  };
  recurrence.display.ordinal_indicator.nb = function () { return "."; };
  recurrence.display.ordinal_indicator.nn = recurrence.display.ordinal_indicator.nb;

  var SELECTOR = 'textarea.recurrence-widget:not([id*="__prefix__"]):not([data-recurrence-ready])';

  function setUp(root) {
    var fields = root.querySelectorAll ? root.querySelectorAll(SELECTOR) : [];
    Array.prototype.forEach.call(fields, function (field) {
      field.setAttribute("data-recurrence-ready", "");
      new recurrence.widget.Widget(field.id, {});
    });
  }

  // The site refuses exclusion rules (RFC 5545 deprecates EXRULE): hide the rule's "exclude" switch.
  // Dates keep theirs: excluding a single date is how a series skips a day.
  function hideExclusionRules(root) {
    var widgets = root.closest && root.closest(".recurrence-widget") ? [root.closest(".recurrence-widget")]
      : root.querySelectorAll ? root.querySelectorAll("div.recurrence-widget") : [];
    Array.prototype.forEach.call(widgets, function (widget) {
      Array.prototype.forEach.call(widget.querySelectorAll(".panel"), function (panel) {
        var mode = panel.querySelector(".mode");
        if (mode && panel.querySelector('select[name="freq"]')) { mode.hidden = true; }
      });
    });
  }

  function start() {
    setUp(document);
    hideExclusionRules(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        Array.prototype.forEach.call(mutation.addedNodes, function (node) {
          if (node.nodeType === 1) {
            setUp(node.parentNode || node);
            hideExclusionRules(node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
    // The widget builds <form> elements inside Wagtail's page form; never let one of them submit
    // (that would leave the editor and lose the page's unsaved changes).
    document.addEventListener("submit", function (event) {
      var parent = event.target.parentElement;
      if (parent && parent.closest(".recurrence-widget")) { event.preventDefault(); }
    }, true);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
