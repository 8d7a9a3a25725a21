/**
 * 012: plans of several years and tasks under sections (issue 17).
 * - plans.year_to: the last year of a plan with a period ("giai đoạn 2026 - 2030"); NULL for a plan of one year.
 * - plan_tasks.section: the section heading a task stands under in its appendix ("II. Tuyên truyền trên báo chí").
 * Both nullable: a change from an install that does not know the field materialises as NULL, read as "none".
 */
export default /* sql */ `
ALTER TABLE plans ADD COLUMN year_to INTEGER;
ALTER TABLE plan_tasks ADD COLUMN section TEXT;
`;
