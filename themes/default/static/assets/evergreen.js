/* Enhancements only: every page is complete without this script. */
(function () {
  "use strict";
  var KEY = "evergreen-theme";
  var root = document.documentElement;

  function current() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setUpToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    button.hidden = false;
    var label = function () {
      var next = current() === "dark" ? "light" : "dark";
      button.setAttribute("aria-label", "Switch to the " + next + " colour scheme");
      button.setAttribute("aria-pressed", String(current() === "dark"));
    };
    label();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: the choice lasts for this page */ }
      label();
    });
  }

  function setUpCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll(".content pre > code").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.innerText).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        });
      });
      code.parentNode.appendChild(button);
    });
  }

  /* Tabs: without this script each panel shows under its own heading; with it, one panel at a time. */
  function setUpTabs() {
    document.querySelectorAll(".tabs").forEach(function (tabs, n) {
      var panels = Array.prototype.filter.call(tabs.children, function (c) { return c.classList.contains("tab-panel"); });
      if (panels.length < 2) return;
      var list = document.createElement("div");
      list.className = "tab-list";
      list.setAttribute("role", "tablist");
      var buttons = panels.map(function (panel, i) {
        var title = panel.querySelector(".tab-title");
        var button = document.createElement("button");
        button.type = "button";
        button.id = "tab-" + n + "-" + i;
        button.setAttribute("role", "tab");
        button.setAttribute("aria-controls", button.id + "-panel");
        button.textContent = title ? title.textContent : String(i + 1);
        panel.id = button.id + "-panel";
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", button.id);
        button.addEventListener("click", function () { select(i); });
        list.appendChild(button);
        return button;
      });
      function select(k) {
        buttons.forEach(function (b, i) {
          b.setAttribute("aria-selected", String(i === k));
          b.tabIndex = i === k ? 0 : -1;
          panels[i].hidden = i !== k;
        });
      }
      list.addEventListener("keydown", function (e) {
        var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        var k = (buttons.indexOf(document.activeElement) + step + buttons.length) % buttons.length;
        select(k);
        buttons[k].focus();
      });
      tabs.insertBefore(list, tabs.firstChild);
      tabs.setAttribute("data-enhanced", "");
      select(0);
    });
  }

  setUpToggle();
  setUpCopyButtons();
  setUpTabs();
})();
