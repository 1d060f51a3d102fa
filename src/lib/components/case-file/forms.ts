/**
 * The two case-file forms as one module, imported when a case-file button is first pressed:
 * one chunk with the forms and the encryption they share, which no page needs to load up front.
 */
export { default as OpenCaseForm } from './OpenCaseForm.svelte';
export { default as SaveCaseForm } from './SaveCaseForm.svelte';
