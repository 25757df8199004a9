// Messages of the 'inspector' area in English: the source of its keys (see ../index.ts).
export default {} as const;
