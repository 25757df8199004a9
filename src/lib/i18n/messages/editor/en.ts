// Messages of the 'editor' area in English: the source of its keys (see ../index.ts).
export default {} as const;
