export { DocumentsSection } from "./DocumentsSection";
