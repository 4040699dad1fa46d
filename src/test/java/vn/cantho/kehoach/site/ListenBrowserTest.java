package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Nghe" in real headless Chromium, with the Web Speech API (speechSynthesis, SpeechSynthesisUtterance) replaced at
 * the API only by a recorder that "speaks" each utterance for a few milliseconds (or holds it while window.__hold).
 */
class ListenBrowserTest {
    private static final String PAGE = "/32-kh-ubnd-2026/ii/3/";

    private static String synth(String voiceLang) {
        return "window.__spoken = []; window.__calls = [];"
                + "const voices = [{ name: 'Giọng thử', lang: '" + voiceLang + "', voiceURI: 't', localService: true, default: true }];"
                + "const synth = { speaking: false, paused: false, pending: false, current: null,"
                + " getVoices() { return voices; }, addEventListener() {}, removeEventListener() {},"
                + " speak(u) { const r = document.querySelector('.is-reading');"
                + "   window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang, marked: r && (r.id || r.tagName) });"
                + "   this.current = u; const tick = () => { if (this.current !== u) return;"
                + "     if (window.__hold || this.paused) { setTimeout(tick, 10); return; }"
                + "     this.current = null; u.onend && u.onend(new Event('end')); }; setTimeout(tick, 5); },"
                + " pause() { this.paused = true; window.__calls.push('pause'); },"
                + " resume() { this.paused = false; window.__calls.push('resume'); },"
                + " cancel() { window.__calls.push('cancel'); const u = this.current; this.current = null;"
                + "   if (u && u.onerror) u.onerror(new Event('error')); } };"
                + "Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });"
                // The fake voices are plain objects, which the real utterance refuses: the utterance is faked too.
                + "window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = '';"
                + " this.voice = null; this.onend = null; this.onerror = null; } };";
    }

    private static ChromeDriver open(String setup) {
        ChromeDriver chrome = Chromium.start(1280, 800);
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", setup));
        chrome.get(SiteServer.url(PAGE));
        new WebDriverWait(chrome, Duration.ofSeconds(60)).until(d -> chrome.executeScript(
                "return document.readyState === 'complete'"));
        return chrome;
    }

    private static Object waitFor(ChromeDriver chrome, String expression) {
        return new WebDriverWait(chrome, Duration.ofSeconds(60)).until(d -> chrome.executeScript("return " + expression));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsEveryParagraphInOrderMarkingEach() {
        Document page = BuiltSite.at(PAGE);
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        texts.add(page.selectFirst("article h1").text());
        ids.add("tieu-de");
        for (Element e : page.select(".official-text > [id]")) {
            texts.add(e.text());
            ids.add(e.id());
        }
        ChromeDriver chrome = open(synth("vi-VN"));
        try {
            WebElement play = chrome.findElement(By.cssSelector(".listen__play"));
            assertEquals("Nghe", play.getText());
            chrome.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", play);
            play.click();
            waitFor(chrome, "window.__spoken.length === " + texts.size()
                    + " && document.querySelector('.listen__play').textContent === 'Nghe'");
            List<Map<String, Object>> spoken = (List<Map<String, Object>>) chrome.executeScript("return window.__spoken;");
            assertEquals(texts, spoken.stream().map(s -> s.get("text")).toList(), "every paragraph, in order, verbatim");
            assertEquals(ids, spoken.stream().map(s -> s.get("marked")).toList(), "the paragraph being read is marked");
            assertTrue(spoken.stream().allMatch(s -> "vi-VN".equals(s.get("lang")) && "vi-VN".equals(s.get("voice"))));
            assertEquals(0L, chrome.executeScript("return document.querySelectorAll('.is-reading').length;"));
        } finally {
            chrome.quit();
        }
    }

    @Test
    void pauseResumeAndStopByKeyboard() {
        ChromeDriver chrome = open("window.__hold = true;" + synth("vi-VN"));
        try {
            WebElement play = chrome.findElement(By.cssSelector(".listen__play"));
            chrome.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus();", play);
            play.sendKeys(Keys.ENTER);
            waitFor(chrome, "window.__spoken.length === 1");
            assertEquals("Tạm dừng", play.getText());
            assertEquals("tieu-de", chrome.executeScript("return document.querySelector('.is-reading').id;"));
            play.sendKeys(Keys.SPACE);
            waitFor(chrome, "window.__calls.includes('pause')");
            assertEquals("Tiếp tục", play.getText());
            play.sendKeys(Keys.ENTER);
            waitFor(chrome, "window.__calls.includes('resume')");
            assertEquals("Tạm dừng", play.getText());
            play.sendKeys(Keys.ESCAPE);
            waitFor(chrome, "window.__calls.includes('cancel') && document.querySelector('.listen__play').textContent === 'Nghe'");
            assertEquals(0L, chrome.executeScript("return document.querySelectorAll('.is-reading').length;"));
            assertEquals(true, chrome.executeScript("return document.activeElement === arguments[0];", play), "focus stays on Nghe");
            chrome.executeScript("window.__hold = false;");
            Thread.sleep(100);
            assertEquals(1L, chrome.executeScript("return window.__spoken.length;"), "nothing read after stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            chrome.quit();
        }
    }

    @Test
    void absentWithoutAVietnameseVoice() {
        ChromeDriver chrome = open(synth("en-US"));
        try {
            assertTrue(chrome.findElements(By.cssSelector(".listen")).isEmpty());
        } finally {
            chrome.quit();
        }
    }

    @Test
    void absentWithoutSpeechSynthesisOrJavaScript() {
        ChromeDriver chrome = open("Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });");
        try {
            assertTrue(chrome.findElements(By.cssSelector(".listen")).isEmpty());
        } finally {
            chrome.quit();
        }
        assertTrue(BuiltSite.at(PAGE).select(".listen, button").stream().noneMatch(b -> b.text().contains("Nghe")));
    }
}
