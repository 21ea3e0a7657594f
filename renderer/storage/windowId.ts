/** A random id per window (tab), recorded with every write so windows recognise their own. */
import { newId } from '../../shared/model/ids';

export const WINDOW_ID = newId('w');
