/**
 * Publication: the public portal (no login) shows published versions only, with
 * confidential values masked.
 */
@Surface({ PublicationRenderer.class })
package cn.budget.publication;

import cn.budget.shared.Surface;
