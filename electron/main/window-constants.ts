/** Window facts used without Electron (window state, About box) — kept apart so they can be imported anywhere. */
export const PRODUCT_NAME = 'Lịch Tuyên Truyền';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;
