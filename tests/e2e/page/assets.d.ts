/** Fixture files bundled as text into the end-to-end test page (webpack asset/source). */
declare module '*.tsv' {
  const text: string;
  export default text;
}
