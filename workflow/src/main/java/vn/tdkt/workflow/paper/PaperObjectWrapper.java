package vn.tdkt.workflow.paper;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;

/**
 * What a template sees of the papers: the methods the paper records declare themselves (their components and sums)
 * and nothing else, not even {@code getClass()}, since administrators write templates. Dates arrive as
 * {@link PaperDate}, formatted by the decree's rule, so templates cannot get the rule wrong.
 */
final class PaperObjectWrapper extends DefaultObjectWrapper {

    PaperObjectWrapper(Version version) {
        super(version);
        setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        setExposeFields(false);
        setMemberAccessPolicy(new PaperMembersOnly());
        // "${paper.heading.number}" rather than "${paper.heading().number()}": what an administrator expects to write.
        setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof LocalDate date) {
            return super.handleUnknownType(PaperDate.of(date));
        }
        return super.handleUnknownType(object);
    }

    /** Only this package's records and enums, only the methods they declare, no constructors and no fields. */
    private static final class PaperMembersOnly implements MemberAccessPolicy {

        private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return false;
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            boolean ours = type.getPackageName().equals(PaperObjectWrapper.class.getPackageName())
                    && (type.isRecord() || type.isEnum());
            if (!ours) {
                return NOTHING;
            }
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return method.getDeclaringClass() == type && method.getParameterCount() == 0
                            && !method.getName().equals("hashCode");
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        /** An enum prints as its name ("${group.kind}"), which is what templates compare with. */
        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
