// The package ships no types; this declares the lists story matching uses.
declare module 'stopword' {
  export const eng: string[];
  export const rus: string[];
  export const ukr: string[];
}
