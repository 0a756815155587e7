import { notFound } from "@k2k/web/server";

export async function loader() {
  throw notFound("您访问的页面不存在，请检查地址是否正确。");
}

export default function NotFound() {
  return null;
}
