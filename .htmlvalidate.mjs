// html-validate settings for the built site; the test suite runs it over every page (HtmlValidityTests).
export default {
  extends: ["html-validate:recommended", "html-validate:a11y"],
  rules: {
    // A page title is the article's title (often a patient's whole question) plus the site name; search
    // engines cut long titles themselves, so the 70-character SEO default would only push editors to cryptic titles.
    "long-title": ["error", { maxlength: 120 }],
  },
};
