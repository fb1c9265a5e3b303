// Renders /openapi.json as a list of endpoints. Local, dependency-free; builds DOM nodes
// with textContent only (no innerHTML), so nothing in the schema can inject markup.
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    root.textContent = "";
    var info = spec.info || {};
    root.appendChild(el("p", "muted", (info.title || "") + " " + (info.version || "") + " · OpenAPI " + (spec.openapi || "")));
    Object.keys(spec.paths || {}).sort().forEach(function (path) {
      var ops = spec.paths[path];
      Object.keys(ops).forEach(function (method) {
        var op = ops[method];
        var box = el("div", "endpoint");
        var head = el("div");
        head.appendChild(el("span", "method " + method, method.toUpperCase()));
        head.appendChild(el("span", "path", path));
        box.appendChild(head);
        if (op.summary) box.appendChild(el("p", "", op.summary));
        var params = op.parameters || [];
        if (params.length) {
          var t = el("table");
          var tr = el("tr");
          ["name", "in", "required", "type", "description"].forEach(function (h) { tr.appendChild(el("th", "", h)); });
          t.appendChild(tr);
          params.forEach(function (p) {
            var row = el("tr");
            var schema = p.schema || {};
            var type = schema.type || (schema.anyOf || []).map(function (s) { return s.type; }).join(" | ");
            [p.name, p["in"], p.required ? "yes" : "", type, p.description || ""].forEach(function (v) { row.appendChild(el("td", "", v)); });
            t.appendChild(row);
          });
          box.appendChild(t);
        }
        root.appendChild(box);
      });
    });
  }).catch(function (err) { root.textContent = "Could not load /openapi.json: " + err; });
})();
