// "Tick every signature on this page": a checkbox in the table's first header cell, for tables
// marked data-select-all. Without JavaScript each row is ticked by hand.
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table[data-select-all]")) {
    const cell = table.querySelector("thead th");
    const boxes = () => table.querySelectorAll("tbody input[type=checkbox]");
    if (!cell || boxes().length === 0) continue;
    const all = document.createElement("input");
    all.type = "checkbox";
    all.id = "tick-all";
    all.setAttribute("aria-label", "Tick every signature on this page");
    cell.replaceChildren(all);
    all.addEventListener("change", () => {
      for (const box of boxes()) box.checked = all.checked;
    });
    table.addEventListener("change", (event) => {
      if (event.target === all) return;
      const ticked = [...boxes()].filter((box) => box.checked).length;
      all.checked = ticked === boxes().length;
      all.indeterminate = ticked > 0 && ticked < boxes().length;
    });
  }
});
