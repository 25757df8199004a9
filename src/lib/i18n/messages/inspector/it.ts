import type { AreaMessages } from '../../types';
import type en from './en';

export default {} satisfies AreaMessages<typeof en>;
