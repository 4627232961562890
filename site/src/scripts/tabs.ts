// Chart and table of a KPI as tabs (WAI-ARIA Authoring Practices, "Tabs with
// automatic activation"). The markup is complete in the HTML: without
// JavaScript the tab list stays hidden (CSS on `html:not(.js)`) and the table
// is shown, the chart box too hides itself. This script only switches panels;
// it is a plain module, not a framework island, to keep KPI pages light.

function select(tabs: HTMLElement[], chosen: HTMLElement, focus: boolean): void {
  for (const tab of tabs) {
    const selected = tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
  if (focus) chosen.focus();
}

function setUp(list: HTMLElement): void {
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const initial = tabs.find((t) => t.getAttribute('aria-selected') === 'true') ?? tabs[0];
  if (!initial) return;
  select(tabs, initial, false);
  // The CSS that kept the other panels from showing before this ran is no longer needed.
  for (const tab of tabs)
    document.getElementById(tab.getAttribute('aria-controls') ?? '')?.removeAttribute('data-tab-waiting');
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab && tabs.includes(tab)) select(tabs, tab, true);
  });
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs, tabs[(next + tabs.length) % tabs.length]!, true);
  });
}

for (const list of document.querySelectorAll<HTMLElement>('[role="tablist"][data-tabs]')) setUp(list);
