import { expect, type Page } from "@playwright/test";

/** WCAG 1.4.10's narrow viewport: 320 CSS px wide (the height is a phone's). */
export const narrowViewport = { width: 320, height: 640 };

interface LayoutReport {
  problems: string[];
  /** Ids given to the boxes that scroll sideways, to name-check them by locator. */
  scrollers: { id: string; description: string }[];
}

const SCROLLER_ATTRIBUTE = "data-reflow-scroller";

/**
 * What keeps the page as shown from reflowing at its viewport's width (WCAG 1.4.10): the page
 * itself scrolling sideways, an element or a piece of text reaching past either edge of the
 * viewport, a box that clips what it holds, and a box that scrolls sideways (which must then
 * be reachable by keyboard and named). Returns one line per problem, empty when there is none.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const report = await page.evaluate<LayoutReport, string>((attribute) => {
    const viewport = document.documentElement.clientWidth;
    const problems: string[] = [];
    const scrollers: LayoutReport["scrollers"] = [];
    const TOLERANCE = 0.5;
    const FORM_FIELDS = ["INPUT", "TEXTAREA", "SELECT"];

    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
      return `<${element.tagName.toLowerCase()}${id}>${text ? ` "${text}"` : ""}`;
    };
    const style = (element: Element) => getComputedStyle(element);
    const scrollsSideways = (element: Element) => ["auto", "scroll"].includes(style(element).overflowX);
    const clipsSideways = (element: Element) => ["hidden", "clip"].includes(style(element).overflowX);
    // Text for screen readers only (Tailwind's sr-only, the skip link until it has focus): clipped away on purpose.
    const visuallyHidden = (element: Element) => {
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        const { clipPath, clip } = style(node);
        if (clipPath === "inset(50%)" || clip === "rect(0px, 0px, 0px, 0px)") return true;
      }
      return false;
    };
    // Inside a box that scrolls or clips sideways, reaching past the viewport is that box's matter, checked on the box.
    const insideSidewaysBox = (element: Node) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (style(node).overflowX !== "visible") return true;
      }
      return false;
    };
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true }) && !visuallyHidden(element);
    const pastEdge = (box: DOMRect) => box.width > 0 && (box.right > viewport + TOLERANCE || box.left < -TOLERANCE);

    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth) {
      problems.push(`the page scrolls sideways: ${page.scrollWidth} px of content in a ${page.clientWidth} px wide viewport`);
    }

    // Only the outermost element cut off is reported, not each of its descendants as well.
    const reported = new Set<Element>();
    for (const element of document.body.querySelectorAll("*")) {
      if (["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"].includes(element.tagName) || !shown(element)) continue;
      const box = element.getBoundingClientRect();
      if (element.parentElement && reported.has(element.parentElement)) {
        reported.add(element);
      } else if (!insideSidewaysBox(element) && pastEdge(box)) {
        reported.add(element);
        problems.push(`${describe(element)} is cut off by the viewport (${Math.round(box.left)}–${Math.round(box.right)} px of ${viewport})`);
      }
      // Form fields scroll their own text under the caret; that is not the page's layout.
      if (FORM_FIELDS.includes(element.tagName)) continue;
      if (element.scrollWidth > element.clientWidth && element.clientWidth > 0) {
        if (clipsSideways(element)) {
          problems.push(`${describe(element)} cuts off its content (${element.scrollWidth} px in ${element.clientWidth} px)`);
        } else if (scrollsSideways(element)) {
          const id = String(scrollers.length);
          element.setAttribute(attribute, id);
          scrollers.push({ id, description: describe(element) });
          if ((element as HTMLElement).tabIndex < 0 || element.closest("[inert]")) {
            problems.push(`${describe(element)} scrolls sideways but cannot be reached by keyboard`);
          }
        }
      }
    }

    // Text runs past the edge of a box that is itself inside the viewport, e.g. a long word in a heading.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || !text.textContent?.trim() || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName) || !shown(parent)) continue;
      if (insideSidewaysBox(text) || reported.has(parent)) continue;
      range.selectNodeContents(text);
      if ([...range.getClientRects()].some(pastEdge)) {
        problems.push(`text "${text.textContent.trim().slice(0, 50)}" in ${describe(parent)} is cut off by the viewport`);
      }
    }
    return { problems, scrollers };
  }, SCROLLER_ATTRIBUTE);

  // A box that scrolls must say what it holds: its accessible name, computed as assistive technology does.
  for (const scroller of report.scrollers) {
    const named = await expect(page.locator(`[${SCROLLER_ATTRIBUTE}="${scroller.id}"]`))
      .toHaveAccessibleName(/\S/, { timeout: 1_000 })
      .then(
        () => true,
        () => false,
      );
    if (!named) report.problems.push(`${scroller.description} scrolls sideways but has no accessible name`);
  }
  return report.problems;
}
