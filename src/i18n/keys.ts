/** Words of the keyboard commands (moving, linking, copying steps), under the key `keys`. */
export const keyMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
