// Messages of the 'shell' area in English: the source of its keys (see ../index.ts).
export default {} as const;
