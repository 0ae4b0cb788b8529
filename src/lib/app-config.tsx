import { createContext, useContext } from 'react';

/** Facts fixed at start-up that views may need: is this the in-browser demo? */
export interface AppConfig {
  demo: boolean;
}
export const AppConfigContext = createContext<AppConfig>({ demo: true });
export const useAppConfig = () => useContext(AppConfigContext);
