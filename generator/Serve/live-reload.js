// Preview only: reloads the page after a good rebuild and shows build problems over the page after a bad one.
(() => {
  "use strict";
  const overlayId = "preview-build-problems";

  function showProblems(problems) {
    let overlay = document.getElementById(overlayId);
    if (problems.length === 0) {
      if (overlay) overlay.remove();
      return;
    }
    if (!overlay) {
      overlay = document.createElement("section");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("aria-label", "Build problems");
      Object.assign(overlay.style, {
        position: "fixed", insetInline: "0", bottom: "0", maxHeight: "50vh", overflow: "auto",
        background: "#3b0000", color: "#fff", font: "14px/1.5 monospace", padding: "1rem",
        zIndex: "2147483647", borderTop: "4px solid #ff6b6b"
      });
      document.body.appendChild(overlay);
    }
    overlay.replaceChildren();
    const heading = document.createElement("h2");
    heading.textContent = `The site could not be rebuilt (${problems.length} problem${problems.length === 1 ? "" : "s"}). Still showing the last good version; this message goes away when you save the fix.`;
    Object.assign(heading.style, { font: "bold 16px/1.4 sans-serif", margin: "0 0 .5rem" });
    const list = document.createElement("ul");
    for (const problem of problems) {
      const item = document.createElement("li");
      item.textContent = problem;
      list.appendChild(item);
    }
    overlay.append(heading, list);
  }

  const events = new EventSource("/_preview/live-reload");
  // Lets a test (or a curious editor) see that the page is listening for rebuilds.
  events.addEventListener("open", () => { document.documentElement.dataset.previewLiveReload = "connected"; });
  events.addEventListener("reload", () => window.location.reload());
  events.addEventListener("problems", (event) => showProblems(JSON.parse(event.data)));
})();
