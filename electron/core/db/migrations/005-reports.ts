/** Reserved slot: filled in by the reports work. */
export default /* sql */ ``;
