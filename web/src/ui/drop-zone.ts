import { el } from './dom.js';

/**
 * A label that is also a drop target for files: highlighted while files are dragged over it, and handing the
 * dropped files on. Its children are the file input (a click on the label opens it), its label and hints.
 */
export function dropZone(onDrop: (files: File[]) => void, ...children: HTMLElement[]): HTMLLabelElement {
  const zone: HTMLLabelElement = el(
    'label',
    {
      class: 'drop-zone',
      on: {
        dragover: (event) => {
          event.preventDefault();
          zone.classList.add('dragging');
        },
        dragleave: () => zone.classList.remove('dragging'),
        drop: (event) => {
          event.preventDefault();
          zone.classList.remove('dragging');
          onDrop([...(event.dataTransfer?.files ?? [])]);
        },
      },
    },
    ...children,
  );
  return zone;
}
