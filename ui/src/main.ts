import { mount } from "svelte";
import App from "./App.svelte";
import { applyLocale, i18n } from "./lib/i18n";
import "./app.css";

applyLocale(i18n.locale);

const target = document.getElementById("app");
if (!target) throw new Error("index.html lacks the #app element");

export default mount(App, { target });
