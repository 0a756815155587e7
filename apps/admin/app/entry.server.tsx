export { default } from "@k2k/web/entry-server";
