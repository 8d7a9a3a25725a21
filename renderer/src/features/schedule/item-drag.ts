import type { DragEvent } from 'react';

const ITEM_TYPE = 'text/x-item-id';

/** Drag props of an item chip or card: only the install's own items move; others are read only here. */
export function itemDragProps(id: string, editable: boolean) {
  return {
    draggable: editable,
    'data-item-id': id,
    'data-read-only': editable ? undefined : 'true',
    onDragStart: (e: DragEvent) => {
      if (!editable) {
        e.preventDefault();
        return;
      }
      e.dataTransfer.setData(ITEM_TYPE, id);
      e.dataTransfer.effectAllowed = 'move';
    },
  };
}

/** The item id carried by a drop, or '' when the drop is not an item. */
export const droppedItemId = (e: DragEvent): string => e.dataTransfer.getData(ITEM_TYPE);
