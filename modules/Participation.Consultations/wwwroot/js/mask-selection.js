// Progressive enhancement for the redaction review: text selected in the published text is copied into the
// "text to mask" field, so staff can mask by selecting. Without script the field is typed by hand.
document.addEventListener("DOMContentLoaded", function () {
  var source = document.getElementById("published-text");
  var field = document.getElementById("MaskText");
  if (!source || !field) return;
  function take() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!source.contains(range.commonAncestorContainer)) return;
    var text = selection.toString().trim();
    if (text.length > 0 && text.length <= 200) field.value = text;
  }
  source.addEventListener("mouseup", take);
  source.addEventListener("keyup", take);
});
