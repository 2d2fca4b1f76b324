// mtcheck HTML report: activate a finding (click or Enter), mark its reference mentions,
// filter by rule and severity. Reads only the page's own DOM; no network.
(function () {
  "use strict";
  var RANK = { error: 3, warning: 2, info: 1 };

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function ids(el, attr) { var v = el.getAttribute(attr); return v ? v.split(" ") : []; }

  function setup(section) {
    var items = {};
    each(section.querySelectorAll("li.finding"), function (li) { items[li.dataset.id] = li; });
    var pieces = section.querySelectorAll(".m");
    var active = null;

    function visible(id) { var li = items[id]; return li && !li.classList.contains("hidden-by-filter"); }

    function activate(id, scrollText) {
      var li = items[id];
      if (!li) return;
      if (active && items[active]) {
        items[active].classList.remove("active");
        items[active].querySelector(".detail").hidden = true;
        items[active].querySelector(".open").setAttribute("aria-expanded", "false");
      }
      active = id;
      li.classList.add("active");
      li.querySelector(".detail").hidden = false;
      li.querySelector(".open").setAttribute("aria-expanded", "true");
      var first = null;
      each(pieces, function (p) {
        var mine = ids(p, "data-f").indexOf(id) >= 0;
        p.classList.toggle("current", mine);
        p.classList.toggle("related", ids(p, "data-r").indexOf(id) >= 0);
        if (mine && !first) first = p;
      });
      li.scrollIntoView({ block: "nearest" });
      if (scrollText && first) first.scrollIntoView({ block: "center" });
    }

    function pick(piece) {
      // The piece's own entry point first, else the shortest visible finding covering it.
      var open = piece.getAttribute("data-open");
      if (open && visible(open)) return open;
      var found = ids(piece, "data-f").filter(visible);
      return found.length ? found[found.length - 1] : null;
    }

    each(pieces, function (p) {
      if (!p.hasAttribute("data-f")) return;
      p.addEventListener("click", function () { var id = pick(p); if (id) activate(id, false); });
      p.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); var id = pick(p); if (id) activate(id, false); }
      });
    });
    each(section.querySelectorAll("li.finding .open"), function (b) {
      b.addEventListener("click", function () { activate(b.parentNode.dataset.id, true); });
    });

    function applyFilters() {
      var on = { severity: {}, rule: {} };
      each(section.querySelectorAll("input[data-filter]"), function (box) {
        on[box.dataset.filter][box.value] = box.checked;
      });
      Object.keys(items).forEach(function (id) {
        var li = items[id];
        li.classList.toggle("hidden-by-filter", !(on.severity[li.dataset.severity] && on.rule[li.dataset.rule]));
      });
      each(pieces, function (p) {
        var found = ids(p, "data-f").filter(visible);
        var worst = null;
        found.forEach(function (id) {
          var s = items[id].dataset.severity;
          if (!worst || RANK[s] > RANK[worst]) worst = s;
        });
        if (!p.hasAttribute("data-f")) return;
        if (worst) { p.setAttribute("data-sev", worst); p.tabIndex = p.hasAttribute("data-open") ? 0 : -1; }
        else { p.removeAttribute("data-sev"); p.tabIndex = -1; p.classList.remove("current", "related"); }
      });
      if (active && !visible(active)) {
        items[active].classList.remove("active");
        items[active].querySelector(".detail").hidden = true;
        each(pieces, function (p) { p.classList.remove("current", "related"); });
        active = null;
      }
    }
    each(section.querySelectorAll("input[data-filter]"), function (box) {
      box.addEventListener("change", applyFilters);
    });
  }

  each(document.querySelectorAll("section.article"), setup);
})();
