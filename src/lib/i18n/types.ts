/** Another language's messages for an area: exactly the English keys, any strings. */
export type AreaMessages<T> = { readonly [K in keyof T]: string };
