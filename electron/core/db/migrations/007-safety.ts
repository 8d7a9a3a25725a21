/** Reserved slot: filled in by the safety work. */
export default /* sql */ ``;
