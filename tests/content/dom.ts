// Builds test DOM from markup with DOMParser (the extension itself never parses HTML).
export function mount(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body><div id="mount">${markup}</div></body>`, 'text/html');
  const root = document.importNode(parsed.getElementById('mount')!, true) as HTMLElement;
  document.body.replaceChildren(root);
  return root;
}
