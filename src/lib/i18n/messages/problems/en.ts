// Messages of the 'problems' area in English: the source of its keys (see ../index.ts).
export default {} as const;
